const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface SampleQuestionProps {
  question: string | null | undefined;
  choices: unknown;
  answer: string | null | undefined;
  aliases?: readonly string[] | undefined;
  /** What each compared run picked, to mark it among the options. */
  picks: { label: string; extracted: string | null }[];
}

function choiceList(choices: unknown): string[] {
  return Array.isArray(choices) ? choices.map((choice) => String(choice)) : [];
}

/** The question as the model read it, its options lettered, the truth and the model's pick marked. */
export function SampleQuestion({ question, choices, answer, aliases, picks }: SampleQuestionProps) {
  const options = choiceList(choices);
  return (
    <section className="viewer-section" aria-label="Question">
      <h3>Question</h3>
      <p className="sample-question-full">{question ?? '—'}</p>
      {options.length > 0 ? (
        <ol className="choice-list">
          {options.map((option, index) => {
            const letter = LETTERS[index] ?? String(index + 1);
            const isTruth = answer?.trim().toUpperCase() === letter;
            const pickedBy = picks.filter((pick) => pick.extracted?.trim().toUpperCase() === letter);
            return (
              <li key={letter} className={isTruth ? 'is-truth' : pickedBy.length > 0 ? 'is-picked' : ''}>
                <span className="choice-letter">{letter}</span>
                <span className="choice-text">{option}</span>
                {isTruth ? <span className="badge badge-correct">truth</span> : null}
                {pickedBy.map((pick) => (
                  <span key={pick.label} className={`badge ${isTruth ? 'badge-correct' : 'badge-wrong'}`}>
                    {pick.label}
                  </span>
                ))}
              </li>
            );
          })}
        </ol>
      ) : null}
      {options.length === 0 && aliases && aliases.length > 0 ? (
        <p className="muted small">Also accepted: {aliases.join(', ')}</p>
      ) : null}
    </section>
  );
}
