import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Text } from '@mantine/core';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { renderWithTheme } from '../test/render';
import { ConfirmDialog } from './ConfirmDialog';
import { QueryState, type Loadable } from './QueryState';

const pending: Loadable = { isPending: true, error: null, refetch: vi.fn() };
const ready: Loadable = { isPending: false, error: null, refetch: vi.fn() };

describe('QueryState', () => {
  it('spins until every query has data, then shows the content', () => {
    const { rerender } = renderWithTheme(
      <QueryState of={[ready, pending]} loading="Loading things" errorTitle="Could not load things">
        {() => <p>content</p>}
      </QueryState>,
    );
    expect(screen.getByLabelText('Loading things')).toBeInTheDocument();
    expect(screen.queryByText('content')).toBeNull();
    rerender(
      <QueryState of={[ready, ready]} loading="Loading things" errorTitle="Could not load things">
        {() => <p>content</p>}
      </QueryState>,
    );
    expect(screen.queryByLabelText('Loading things')).toBeNull();
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('shows a failed read with its message and retries only what failed; a failed re-read keeps the data', () => {
    const failed: Loadable = {
      isPending: true,
      error: new ApiError('internal', 'database is locked'),
      refetch: vi.fn(),
    };
    const other: Loadable = { isPending: true, error: null, refetch: vi.fn() };
    const { rerender } = renderWithTheme(
      <QueryState of={[failed, other]} loading="Loading things" errorTitle="Could not load things">
        {() => <p>content</p>}
      </QueryState>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load things');
    expect(alert).toHaveTextContent('database is locked');
    expect(screen.queryByLabelText('Loading things')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
    expect(other.refetch).not.toHaveBeenCalled();
    rerender(
      <QueryState of={{ ...failed, isPending: false }} loading="Loading things" errorTitle="Could not load things">
        {() => <p>content</p>}
      </QueryState>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('database is locked');
    expect(screen.getByText('content')).toBeInTheDocument();
  });
});

describe('ConfirmDialog', () => {
  it('runs the action, keeps the dialog open with the reason when it fails, and closes when it succeeds', async () => {
    const onClose = vi.fn();
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(new ApiError('not_found', 'that contact is gone'))
      .mockResolvedValueOnce(undefined);
    renderWithTheme(
      <ConfirmDialog
        opened
        title="Delete contact"
        confirmLabel="Delete contact"
        onConfirm={onConfirm}
        onClose={onClose}
      >
        <Text>Delete Dana?</Text>
      </ConfirmDialog>,
    );
    expect(screen.getByText('Delete Dana?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('that contact is gone');
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onConfirm).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cancels without running the action', () => {
    const onClose = vi.fn();
    const onConfirm = vi.fn();
    renderWithTheme(
      <ConfirmDialog
        opened
        title="Clear the ledger?"
        confirmLabel="Clear ledger"
        cancelLabel="Keep it"
        onConfirm={onConfirm}
        onClose={onClose}
      >
        <Text>Drafts stay.</Text>
      </ConfirmDialog>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
