/**
 * A stand-in for firstrun's FirstRun (the shell passes the real one to the
 * applications list): the list's tests check when it shows, FirstRun.test
 * checks what it says.
 */
export function FirstRunStub({ onAdd }: { onAdd: () => void }) {
  return (
    <div>
      <p>Huntbook keeps your job search on your computer (first run).</p>
      <button type="button" onClick={onAdd}>
        Add application
      </button>
    </div>
  );
}
