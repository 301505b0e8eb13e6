import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../../test/render';
import { FirstRun } from './FirstRun';

describe('FirstRun', () => {
  it('says what Huntbook keeps and opens the Add form from its one Add application button', () => {
    const onAdd = vi.fn();
    renderWithTheme(<FirstRun onAdd={onAdd} />);
    expect(screen.getByText(/Huntbook keeps your job search on your computer/)).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Add application' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(onAdd).toHaveBeenCalledTimes(1);
  });
});
