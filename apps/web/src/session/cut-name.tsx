// Stands for the name in the translated sentence, which is then cut around it.
const NAME = '\u0000';

interface CutNameProps {
  /** The translated sentence, given the name to put in it. */
  sentence: (name: string) => string;
  name: string;
  nameTestId: string;
  /** On the card's line, the name alone gives way; in the opened queue it wraps whole. */
  cut: boolean;
  id?: string;
}

/**
 * A sentence around a delegation's name ("1. <name> on ¶ 3", "On the floor: <name> on ¶ 3").
 * Cut, the name is the part that gives way, with an ellipsis and only once the line is full: plain
 * flex boxes (a list item's label did not take the free width and cut the name to "U…" with half
 * the card empty). The whole name stays in the text for screen readers, and in its title on hover.
 */
export const CutName = ({ sentence, name, nameTestId, cut, id }: CutNameProps) => {
  const [before = '', after = ''] = sentence(NAME).split(NAME);
  return (
    <span className={cut ? 'cut-name-line' : undefined} id={id}>
      {before}
      <span className={cut ? 'cut-name' : undefined} title={name} data-testid={nameTestId}>
        {name}
      </span>
      {after}
    </span>
  );
};
