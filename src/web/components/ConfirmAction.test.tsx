import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from './ConfirmAction';

describe('ConfirmAction', () => {
  it('asks in the page before acting, with focus on the safe choice', () => {
    const onConfirm = vi.fn();
    render(<ConfirmAction label="Remove" accessibleLabel="Remove Bo" question="Remove Bo?" confirmLabel="Remove" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Bo' }));
    expect(screen.getByText('Remove Bo?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('backs out with Escape and returns focus to the button', () => {
    const onConfirm = vi.fn();
    render(<ConfirmAction label="Revoke" question="Revoke it?" confirmLabel="Revoke" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByText('Revoke it?')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Revoke' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('is disabled and says so while the action runs', () => {
    render(<ConfirmAction label="Revoke" question="?" confirmLabel="Revoke" onConfirm={() => {}} pending pendingLabel="Revoking…" />);
    expect(screen.getByRole('button', { name: 'Revoking…' })).toHaveProperty('disabled', true);
  });
});
