import type { Confidentiality, Delegation, Draft, Invitation, Membership, Round } from '@concordia/contracts';
import { orderedVersions } from '../drafts/version-options';

export interface DelegationOption {
  value: string;
  label: string;
}

/** Who speaks for a delegation in the process: a member, or someone invited who may still accept. */
type Speaker = Pick<Membership, 'role' | 'delegationId' | 'delegationName'>;

const speakersOf = (members: readonly Membership[], invitations: readonly Invitation[]): Speaker[] => [
  ...members,
  ...invitations.filter((i) => i.state === 'pending'),
];

/**
 * The delegations that take part in the process, by name: those its members speak for, and those
 * with a pending invitation (the API's rule: a round is often scheduled before delegates sign up).
 */
export const processDelegations = (
  members: readonly Membership[],
  invitations: readonly Invitation[] = [],
): DelegationOption[] => {
  const seen = new Map<string, string>();
  for (const m of speakersOf(members, invitations)) {
    if (m.delegationId && m.delegationName) seen.set(m.delegationId, m.delegationName);
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
};

/**
 * What a first round starts with: every delegation with a delegate or head of delegation in the
 * process, or invited as one. An observer organisation takes part by the round's confidentiality,
 * not by this list.
 */
export const speakingDelegations = (
  members: readonly Membership[],
  invitations: readonly Invitation[] = [],
): string[] => {
  const ids = new Set<string>();
  for (const m of speakersOf(members, invitations)) {
    if (m.delegationId && (m.role === 'delegate' || m.role === 'head_of_delegation')) ids.add(m.delegationId);
  }
  return processDelegations(members, invitations)
    .map((o) => o.value)
    .filter((id) => ids.has(id));
};

/** The options by region (regions in alphabetical order), for a list of up to 193 States. */
export const optionsByRegion = (
  options: readonly DelegationOption[],
  regionOf: ReadonlyMap<string, string>,
): { group: string; items: DelegationOption[] }[] => {
  const groups = new Map<string, DelegationOption[]>();
  for (const o of options) {
    const region = regionOf.get(o.value) ?? '';
    groups.set(region, [...(groups.get(region) ?? []), o]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, items]) => ({ group, items }));
};

/** The region of each delegation, from the platform's list. */
export const regionsById = (delegations: readonly Delegation[]): Map<string, string> =>
  new Map(delegations.map((d) => [d.id, d.region]));

/** The chosen delegations with a region's added, in the options' order. */
export const withRegion = (
  chosen: readonly string[],
  region: string,
  options: readonly DelegationOption[],
  regionOf: ReadonlyMap<string, string>,
): string[] => [
  ...chosen,
  ...options.filter((o) => regionOf.get(o.value) === region && !chosen.includes(o.value)).map((o) => o.value),
];

/** What a new round's form starts with; every field can be changed. */
export interface NewRoundDefaults {
  versionId: string | null;
  chairUserId: string | null;
  delegationIds: string[];
  timeZone: string;
  confidentiality: Confidentiality;
}

const latestPublished = (draft: Draft | undefined): string | null =>
  draft ? (orderedVersions(draft.versions, false).at(-1)?.id ?? null) : null;

/**
 * The next round is most often the last one again on the latest text: its chair, delegations
 * (those still in the process), time zone and confidentiality, and the latest published version of
 * its draft. Without an earlier round: the process's only draft's latest version, its only chair,
 * every delegation that speaks in it (or is invited to), the secretariat officer's time zone,
 * delegations only.
 */
export const newRoundDefaults = (
  drafts: readonly Draft[],
  members: readonly Membership[],
  invitations: readonly Invitation[],
  rounds: readonly Round[],
  userTimeZone: string,
): NewRoundDefaults => {
  const chairs = members.filter((m) => m.role === 'chair').map((m) => m.userId);
  // The last to open; of two opening together, the later created (ids grow with time).
  const last = [...rounds].sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.id.localeCompare(b.id)).at(-1);
  if (!last) {
    return {
      versionId: drafts.length === 1 ? latestPublished(drafts[0]) : null,
      chairUserId: chairs.length === 1 ? (chairs[0] ?? null) : null,
      delegationIds: speakingDelegations(members, invitations),
      timeZone: userTimeZone,
      confidentiality: 'delegations',
    };
  }
  const inProcess = new Set(processDelegations(members, invitations).map((o) => o.value));
  return {
    versionId: latestPublished(drafts.find((d) => d.versions.some((v) => v.id === last.versionId))) ?? last.versionId,
    chairUserId: chairs.includes(last.chairUserId)
      ? last.chairUserId
      : chairs.length === 1
        ? (chairs[0] ?? null)
        : null,
    delegationIds: last.delegationIds.filter((id) => inProcess.has(id)),
    timeZone: last.timeZone,
    confidentiality: last.confidentiality,
  };
};
