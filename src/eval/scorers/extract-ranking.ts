import { answerText } from './answer-text.ts';

export type RankingExtraction = { ranking: string[] } | { unparseable: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where an answer statement ends and the final ranking begins ("Final ranking: c2, c1, c3"). */
const FINAL = /\b(?:final\s+)?(?:answer|ranking|order)\s*(?:is\b|:|=)/gi;

/**
 * The candidate ids a text ranks, in order of first mention, each once. Only known ids count, matched
 * whole ("c1" is not inside "c12") and case-insensitively. When the text ends with an explicit
 * "ranking:" or "answer:" that names candidates, only what follows it counts: reasoning models
 * discuss candidates in some order before they give the ranking they mean.
 */
export function extractRanking(raw: string, candidates: readonly string[]): RankingExtraction {
  const text = answerText(raw);
  if (text.length === 0) return { unparseable: 'empty answer' };
  if (candidates.length === 0) return { unparseable: 'no candidates to rank' };
  const byLowerCase = new Map(candidates.map((id) => [id.toLowerCase(), id]));
  const alternatives = [...candidates]
    .sort((first, second) => second.length - first.length)
    .map(escapeRegExp);
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(?:${alternatives.join('|')})(?![A-Za-z0-9_-])`, 'gi');
  const read = (part: string) => {
    const ranking: string[] = [];
    for (const match of part.matchAll(pattern)) {
      const id = byLowerCase.get(match[0].toLowerCase());
      if (id !== undefined && !ranking.includes(id)) ranking.push(id);
    }
    return ranking;
  };
  const last = [...text.matchAll(FINAL)].at(-1);
  const tail = last ? read(text.slice(last.index + last[0].length)) : [];
  const ranking = tail.length > 0 ? tail : read(text);
  return ranking.length > 0 ? { ranking } : { unparseable: 'names none of the candidates' };
}
