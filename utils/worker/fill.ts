/**
 * Runs a fill in every frame of a tab. The fill script is injected into the extension's isolated
 * world of each frame, so page scripts never see the profile; each frame returns its own report.
 */
import browser from 'webextension-polyfill';
import type { DataDeps } from '../data/deps';
import { readCachedDictionary } from '../data/dictionaries';
import { loadEnterprises, loadSigners, readCachedEnterprise } from '../data/enterprises';
import { loadFirstProducers, readCachedProducers } from '../data/producers';
import type { FieldRule, FillProfile, FillReport } from '../fill/types';
import { logInfo, logWarn } from '../log';
import type { ReplyData, Request, UserError } from '../messages/protocol';
import { type FrameReport, fillFrames } from './fill-frames';
import { topFrameOrigin } from './page-origin';
import { buildFillProfile } from './profile';
import { readRules } from './rules-store';
import { writeLastSelection } from './selection';
import { toUserError } from './user-error';
import { visibleFrameIds } from './visible-frames';
import { runInTabQueue } from './tab-queue';
import { showToast } from './toast';

type FillRequest = Extract<Request, { type: 'fill' }>;

/** Path of the injected engine in the built extension. */
export const FILL_SCRIPT_FILE = '/fill-frame.js';

/**
 * Redraws layui form widgets from their native selects. layui listens only in the page's own
 * world, so this runs there; it receives no data and only asks the page's layui to re-render.
 */
function redrawLayuiSelects(): void {
  const layui = (window as { layui?: { form?: { render?: (type?: string) => void } } }).layui;
  if (typeof layui?.form?.render === 'function') layui.form.render('select');
}

async function resolveProfile(request: FillRequest, deps: DataDeps): Promise<FillProfile | UserError> {
  let enterprise = await readCachedEnterprise(request.enterpriseId);
  if (!enterprise) {
    const loaded = await loadEnterprises(deps, true);
    if (loaded.error) return { kind: loaded.error.kind, route: loaded.error.route, status: loaded.error.status };
    enterprise = loaded.items.find((item) => item.id === request.enterpriseId);
  }
  if (!enterprise) return { kind: 'not-cached' };

  let signer;
  if (request.signerId !== undefined) {
    const signers = await loadSigners(request.enterpriseId, deps, false);
    signer = signers.items.find((item) => item.id === request.signerId);
    if (!signer) return { kind: 'not-cached' };
  }

  let country;
  if (request.countryCode !== undefined) {
    const countries = await readCachedDictionary('countries');
    country = countries?.records.find((item) => item.customsCountryCode === request.countryCode);
    if (!country) return { kind: 'not-cached' };
  }
  let producer;
  if (request.producerId !== undefined) {
    // The popup's picker cached this list when it showed it, so a fetch is needed only when it did not.
    let producers = (await readCachedProducers(request.enterpriseId)).items;
    if (!producers.some((item) => item.id === request.producerId)) {
      const answer = await loadFirstProducers(request.enterpriseId, deps);
      if (answer.error) return toUserError(answer.error);
      producers = answer.items;
    }
    producer = producers.find((item) => item.id === request.producerId);
    if (!producer) return { kind: 'not-cached' };
  }
  return buildFillProfile(enterprise, signer, country, producer);
}

export type FillOutcome = { ok: true; data: ReplyData<'fill'> } | { ok: false; error: UserError };

/** Returns the rules taught for the tab's site, looked up by its top frame's origin. */
async function rulesForTab(tabId: number): Promise<FieldRule[]> {
  const origin = await topFrameOrigin(tabId);
  return origin === null ? [] : readRules(origin);
}

/**
 * Fills every frame of the tab with the taught rules of its site, remembers the selection and
 * shows the counts in the toast. Fills and undos of one tab run one after another.
 */
export function fillTab(request: FillRequest, deps: DataDeps): Promise<FillOutcome> {
  return runInTabQueue(request.tabId, () => fillTabNow(request, deps));
}

async function fillTabNow(request: FillRequest, deps: DataDeps): Promise<FillOutcome> {
  const profile = await resolveProfile(request, deps);
  if ('kind' in profile) return { ok: false, error: profile };
  const rules = await rulesForTab(request.tabId);

  let frames: FrameReport[];
  try {
    await browser.scripting.executeScript({ target: { tabId: request.tabId, allFrames: true }, files: [FILL_SCRIPT_FILE] });
    const frameIds = await visibleFrameIds(request.tabId);
    frames = await fillFrames(request.tabId, frameIds, profile, { overwrite: request.overwrite, rules });
  } catch (error) {
    logWarn('fill injection failed', { tabId: request.tabId, error: String(error) });
    return { ok: false, error: { kind: 'cannot-access-page' } };
  }

  const report: FillReport = { filled: [], skipped: [] };
  const changedFrames: number[] = [];
  const framesReached = frames.length;
  for (const frame of frames) {
    if (frame.report.filled.length > 0) changedFrames.push(frame.frameId);
    report.filled = report.filled.concat(frame.report.filled);
    report.skipped = report.skipped.concat(frame.report.skipped);
  }
  if (changedFrames.length > 0) {
    await browser.scripting
      .executeScript({ target: { tabId: request.tabId, frameIds: changedFrames }, world: 'MAIN', func: redrawLayuiSelects })
      .catch((error: unknown) => logWarn('widget redraw failed', { tabId: request.tabId, error: String(error) }));
  }
  await writeLastSelection({
    enterpriseId: request.enterpriseId,
    signerId: request.signerId,
    countryCode: request.countryCode,
  });
  logInfo('fill done', {
    tabId: request.tabId,
    enterpriseId: request.enterpriseId,
    frames: framesReached,
    filled: report.filled.length,
    skipped: report.skipped.length,
    rules: rules.length,
  });
  await showToast(request.tabId, { kind: 'filled', filled: report.filled.length, skipped: report.skipped.length });
  return { ok: true, data: { report, framesReached } };
}
