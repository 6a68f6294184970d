// API tokens: for scripts and integrations. Each acts as a member and can never do more than that
// member's role allows; a read token only reads.
import { useState } from 'react';
import { CreatedTokenPanel } from './CreatedTokenPanel';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenList } from './TokenList';
import type { CreatedToken } from '../api/create-token';

export function TokensTab() {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <>
      <section className="panel" aria-labelledby="new-token-h">
        <h2 id="new-token-h">Create an API token</h2>
        {created ? <CreatedTokenPanel created={created} onDone={() => setCreated(null)} /> : <CreateTokenForm onCreated={setCreated} />}
      </section>
      <TokenList />
    </>
  );
}
