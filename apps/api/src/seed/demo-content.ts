import type { DelegationKind } from '@concordia/contracts';

/**
 * Demo content for a fictional regional consultative process. Every sentence here is written
 * for this project; none is taken from real negotiated texts.
 */
export const DEMO_PROCESS = {
  title: 'Meridian Process on Human Mobility',
  description:
    'A fictional, State-led regional consultative process in which governments of two neighbouring ' +
    'regions exchange practice on human mobility and work towards a shared, non-binding regional agenda. ' +
    'An intergovernmental secretariat supports the Chair; regional and civil-society organisations take part as observers.',
} as const;

export interface DemoDelegation {
  code: string;
  name: string;
  kind: DelegationKind;
  region: string;
}

const NORTH = 'Central America and Mexico';
const SOUTH = 'Andean Region';

export const DEMO_DELEGATIONS: readonly DemoDelegation[] = [
  { code: 'MEX', name: 'Mexico', kind: 'member_state', region: NORTH },
  { code: 'GTM', name: 'Guatemala', kind: 'member_state', region: NORTH },
  { code: 'CRI', name: 'Costa Rica', kind: 'member_state', region: NORTH },
  { code: 'COL', name: 'Colombia', kind: 'member_state', region: SOUTH },
  { code: 'ECU', name: 'Ecuador', kind: 'member_state', region: SOUTH },
  { code: 'PER', name: 'Peru', kind: 'member_state', region: SOUTH },
  { code: 'RMO', name: 'Regional Mobility Organisation', kind: 'regional_organisation', region: 'Regional' },
  {
    code: 'IMSO',
    name: 'International Mobility Support Office',
    kind: 'intergovernmental_organisation',
    region: 'Global',
  },
  { code: 'MRN', name: 'Migrant Rights Network', kind: 'ngo', region: 'Regional' },
];

export const DEMO_DRAFT_TITLE = 'Draft Regional Agenda';
export const DEMO_VERSION_LABEL = 'Zero draft';
/** What a secretariat circulates with a zero draft: what it is for and how comments are taken. */
export const DEMO_VERSION_NOTE =
  'This zero draft opens the first reading. Delegations are invited to comment paragraph by paragraph and to propose amendments in the round.\n\nThe secretariat will prepare Rev.1 from the dispositions given to each comment and amendment.';
export const DEMO_ROUND_NAME = 'First regional consultation';

interface DemoSection {
  key: string;
  heading: string;
  paragraphs: string[];
}

const SECTIONS: DemoSection[] = [
  {
    key: 'principles',
    heading: 'I. Shared understanding and guiding principles',
    paragraphs: [
      'The participating States recognise that people have always moved within and between our two regions, and that this movement, when it is safe and chosen, enriches the communities people leave, cross and join.',
      'This Agenda is a voluntary and non-binding framework. It records common intentions and practical commitments that each State will pursue in accordance with its national law, priorities and capacities.',
      'The participating States reaffirm that the governance of borders and admission remains a sovereign responsibility, exercised with full respect for the human rights of every person, regardless of migration status.',
      'Cooperation under this Agenda rests on shared responsibility: no single State can address large or sudden movements alone, and burdens should not fall disproportionately on countries of transit.',
      'The participating States will place the safety and dignity of people on the move at the centre of their policies, giving particular attention to children, older persons, persons with disabilities and survivors of violence.',
      'Policies on human mobility should be grounded in reliable evidence. The participating States will improve the collection, comparability and timely sharing of data, while protecting personal information.',
      'Local authorities, employers, trade unions, diaspora associations, academia and civil society are essential partners, and their experience will inform the implementation and review of this Agenda.',
      'The participating States acknowledge that disasters, environmental degradation and the adverse effects of climate change increasingly shape decisions to move, and commit to consider these factors in regional planning.',
    ],
  },
  {
    key: 'pathways',
    heading: 'II. Safe, orderly and regular pathways',
    paragraphs: [
      'The participating States will review the availability of regular pathways for work, study and family reunification, with a view to widening options that reduce reliance on irregular and dangerous routes.',
      'Labour mobility schemes between the two regions should respond to identified skills needs, guarantee decent working conditions and allow workers to change employer without losing their status.',
      'Recruitment should be fair and transparent. The participating States will work to eliminate recruitment fees charged to workers and to hold intermediaries accountable for deception or abuse.',
      'The participating States will explore the mutual recognition of qualifications and skills acquired abroad, starting with occupations in health care, construction and agriculture.',
      'Consular networks will be strengthened so that nationals abroad can obtain identity and civil-status documents promptly and at a reasonable cost, including through mobile and digital services.',
      'Visa and residence procedures should be predictable, with published criteria, reasonable processing times and a clear means of appeal against refusals.',
      'The participating States will share information on temporary and circular mobility programmes, including lessons learned on return, reintegration and the portability of social security entitlements.',
      'Where family members are separated across borders, the participating States will facilitate reunification through simplified procedures and flexible documentary requirements.',
      "The participating States will consider regional arrangements that allow nationals of participating States to reside and work temporarily in one another's territory, building on existing bilateral agreements.",
    ],
  },
  {
    key: 'protection',
    heading: 'III. Protection, assistance and inclusion',
    paragraphs: [
      'Every person encountered at a border or in transit will have access to an individual assessment of protection needs, and no person will be returned to a place where they face a real risk of serious harm.',
      'The participating States will establish or reinforce referral mechanisms so that victims of trafficking, unaccompanied children and other persons in vulnerable situations receive appropriate support without delay.',
      'Detention on migration grounds should be a measure of last resort, applied for the shortest possible time, subject to judicial review, and never applied to children.',
      'The participating States will cooperate to prevent deaths and disappearances along migration routes, including through search and rescue, the identification of remains and assistance to families searching for missing relatives.',
      'Access to essential health care, emergency shelter and basic education will be provided to people on the move irrespective of their status, in cooperation with local authorities and humanitarian partners.',
      'The participating States will promote the inclusion of long-term residents by facilitating language learning, access to financial services and the recognition of prior learning.',
      'Public communication on human mobility should be accurate and respectful. The participating States will counter discrimination and xenophobia and will support initiatives that bring host and newcomer communities together.',
      'Returns should take place in safety and dignity, with preference for voluntary return, and the participating States will cooperate on sustainable reintegration in communities of origin.',
    ],
  },
  {
    key: 'cooperation',
    heading: 'IV. Regional cooperation, follow-up and review',
    paragraphs: [
      'The participating States will designate national focal points responsible for coordinating the implementation of this Agenda and for exchanging information within the Process.',
      'A regional working group on data will be established to agree on common definitions, to publish a biennial overview of mobility trends and to identify gaps in available statistics.',
      'The participating States will hold joint training for border, consular and labour officials, drawing on the expertise of observer organisations and academic institutions.',
      'Bilateral and regional agreements concluded by participating States on labour mobility, readmission or social security will be shared with the secretariat, so that good practices can be identified.',
      'The Chair, supported by the secretariat, will convene a review meeting every two years at which each participating State may present, on a voluntary basis, progress made and obstacles encountered.',
      'Observer organisations and civil society will be invited to contribute written submissions to each review, and a summary of these contributions will be made public.',
      'The participating States will seek financial and technical support from development partners for projects that advance the objectives of this Agenda, giving priority to border and transit communities.',
      'This Agenda may be revised by consensus of the participating States in the light of experience, changing circumstances and the outcomes of the biennial reviews.',
      'The participating States request the secretariat to make this Agenda available in English, French and Spanish and to support its dissemination among national and local authorities.',
    ],
  },
];

/** Sections with continuous paragraph numbering ("1.", "2.", ...) and stable keys. */
export function demoSections(): {
  key: string;
  heading: string;
  paragraphs: { key: string; number: string; text: string }[];
}[] {
  let number = 0;
  return SECTIONS.map((section) => ({
    key: section.key,
    heading: section.heading,
    paragraphs: section.paragraphs.map((text, index) => {
      number += 1;
      return { key: `${section.key}-${index + 1}`, number: `${number}.`, text };
    }),
  }));
}
