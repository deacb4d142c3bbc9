/**
 * Scoring the pupil's investigation like the quizzes score discernment: each account is an item to
 * judge; an authentic account left unflagged is « trusted » rightly, a campaign account flagged is
 * « rejected » rightly. Flagging everybody is suspicion, not investigation (verdict `rejects-all`),
 * and the traps (authentic accounts that look suspicious at first) are reported apart.
 */
import { discernment, type Discernment } from '../../quiz/report.ts';
import type { CampaignScenario } from './signals.ts';
import { lookalikes } from './signals.ts';

export interface InvestigationScore {
  discernment: Discernment;
  /** Campaign accounts the pupil flagged. */
  found: string[];
  /** Campaign accounts the pupil did not flag. */
  missed: string[];
  /** Authentic accounts the pupil flagged (false accusations). */
  wronglyFlagged: string[];
  /** Traps (authentic accounts with one suspicious signal) the pupil rightly left alone. */
  trapsAvoided: string[];
  /** Traps the pupil flagged. */
  trapsFallenInto: string[];
}

export function scoreInvestigation(scenario: CampaignScenario, flagged: Iterable<string>): InvestigationScore {
  const flags = new Set(flagged);
  const traps = new Set(lookalikes(scenario));
  const items = scenario.accounts.map((a) => ({ genuine: !a.campaign, trusted: !flags.has(a.id) }));
  const campaign = scenario.accounts.filter((a) => a.campaign).map((a) => a.id);
  const authentic = scenario.accounts.filter((a) => !a.campaign).map((a) => a.id);
  return {
    discernment: discernment(items),
    found: campaign.filter((id) => flags.has(id)),
    missed: campaign.filter((id) => !flags.has(id)),
    wronglyFlagged: authentic.filter((id) => flags.has(id)),
    trapsAvoided: authentic.filter((id) => traps.has(id) && !flags.has(id)),
    trapsFallenInto: authentic.filter((id) => traps.has(id) && flags.has(id)),
  };
}
