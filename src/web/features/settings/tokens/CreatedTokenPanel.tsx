// The token's secret, once: Candor stores only a hash. Focus goes straight to it so it is selected,
// ready to copy, and read out by screen readers.
import { useEffect, useRef } from 'react';
import { CopyField } from '../../../components/CopyField';
import type { CreatedToken } from '../api/create-token';

export function CreatedTokenPanel({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const secretRef = useRef<HTMLInputElement>(null);
  useEffect(() => secretRef.current?.focus(), []);
  const { token, secret } = created;
  return (
    <div className="one-time">
      <p>
        <strong>Token “{token.name}” created</strong> ({token.scope === 'read' ? 'read only' : 'read and write'}, acts as {token.user.name}).
      </p>
      <CopyField ref={secretRef} label="Secret" value={secret} hint="Copy it now: it is shown only once. Anyone with it can act as this member." />
      <p className="small">Send it in the Authorization header of each request:</p>
      <pre className="command">{`curl -H "Authorization: Bearer ${secret}" \\\n  ${window.location.origin}/api/v1/questions`}</pre>
      <button type="button" className="button button-secondary" onClick={onDone}>
        Done, I have copied it
      </button>
    </div>
  );
}
