import { useState } from 'react';
import { useNotify } from 'react-admin';

/**
 * A call to the server that the screen waits for: `busy` while it runs (buttons disable themselves),
 * and the server's refusal shown as it is. `run` resolves true once the server has done it.
 */
export function useServerAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
