/**
 * Runs the keyboard-shortcut and context-menu handler in the service worker. Headless Chromium
 * cannot press a browser shortcut or click a native menu, so the tests call the function the
 * listeners call, which the worker exposes as `self.ftaAssistantDispatchTrigger`.
 */
import type { LaunchedExtension } from './extension';

type TriggerEvent =
  | { kind: 'command'; command: string }
  | { kind: 'menu'; menuItemId: string; tabId: number | undefined };

export async function dispatchTrigger(extension: LaunchedExtension, event: TriggerEvent): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(async (triggerEvent) => {
    const dispatch = (self as unknown as { ftaAssistantDispatchTrigger?: (event: unknown) => Promise<void> })
      .ftaAssistantDispatchTrigger;
    if (!dispatch) throw new Error('The worker has no ftaAssistantDispatchTrigger');
    await dispatch(triggerEvent);
  }, event);
}
