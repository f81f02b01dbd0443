/** Turns a worker error into a sentence in the UI language: what failed and what to do. */
import { API_ROUTES } from '../api/paths';
import { type MessageKey, t } from '../i18n';
import type { UserError } from '../messages/protocol';

function routeLabel(route: string | undefined): string {
  if (route !== undefined && route in API_ROUTES) return t(`route_${route}` as MessageKey);
  return t('route_unknown');
}

export function describeError(error: UserError): string {
  const key = `error_${error.kind.replaceAll('-', '_')}` as MessageKey;
  if (error.kind === 'invalid-settings') return t(key, error.field ?? '');
  if (error.kind === 'rejected') return t(key, routeLabel(error.route), error.message ?? '');
  return t(key, routeLabel(error.route), error.status ?? '');
}
