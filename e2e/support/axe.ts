import { source as axeSource } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 success criteria at levels A and AA, as axe-core tags its rules. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Deque's best practices beyond WCAG: landmarks, heading order, one main heading. */
export const BEST_PRACTICES = ['best-practice'];

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: AxeImpact | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/**
 * Runs axe-core inside the page as it stands, on the rules with these tags. The engine is
 * injected from the npm package (no @axe-core/playwright: it would pull the full `playwright`
 * package and a browser download), once per document. The script is a string because this
 * project's test code has no DOM types.
 */
export const auditPage = async (page: Page, tags: string[] = WCAG_21_AA): Promise<AxeViolation[]> => {
  const present = await page.evaluate('typeof window.axe !== "undefined"');
  if (!present) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(tags)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  })()`);
  return violations as AxeViolation[];
};

export const isBlocking = (v: AxeViolation): boolean => v.impact === 'serious' || v.impact === 'critical';

/**
 * One line per violation: what to fix and where (the first three elements axe found, each with
 * the start of its markup, since Mantine's generated class names alone do not say which it is).
 */
export const describeViolation = (v: AxeViolation): string => {
  const targets = v.nodes
    .slice(0, 3)
    .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 90)}`)
    .join(' | ');
  const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
  return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} — ${targets}${more}`;
};
