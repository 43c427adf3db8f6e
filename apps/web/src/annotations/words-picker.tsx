import { Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TypedWords } from './typed-words';

interface WordsPickerProps {
  typed: TypedWords;
  /** Gives up on words: the comment will be on the whole paragraph. */
  onWholeParagraph: () => void;
}

/**
 * The keyboard's way to a span: words typed from the paragraph, found live, and when they occur
 * several times, the occurrence chosen by its neighbouring words. The composer turns the choice
 * into the same selectors a mouse selection of those words gives.
 */
export const WordsPicker = (props: WordsPickerProps) => {
  const { typed, onWholeParagraph } = props;
  const { words, occurrences, choice, chosen } = typed;
  const { t } = useTranslation();
  const blank = words.trim() === '';
  const status = blank
    ? t('annotations.composer.words.empty')
    : occurrences.length === 0
      ? t('annotations.composer.words.notFound')
      : occurrences.length === 1
        ? t('annotations.composer.words.found')
        : t('annotations.composer.words.foundMany', { n: String(occurrences.length) });

  return (
    <Stack gap={6}>
      <TextInput
        label={t('annotations.composer.words.label')}
        description={t('annotations.composer.words.hint')}
        value={words}
        onChange={(event) => typed.type(event.currentTarget.value)}
        error={!blank && occurrences.length === 0}
        data-testid="composer-words"
        // Opened from "Comment on words…": the words come first, before what to say about them.
        autoFocus
      />
      <Text size="sm" c={!blank && occurrences.length === 0 ? 'red' : 'dimmed'} aria-live="polite">
        <span data-testid="words-status">{status}</span>
      </Text>
      {/* The text highlights them too, but on a phone the drawer covers the text: here they stay in sight. */}
      {chosen && (
        <Text size="sm" className="quoted-text" data-testid="words-quote">
          {chosen.before}
          <mark className="words-preview">{chosen.found}</mark>
          {chosen.after}
        </Text>
      )}
      {!blank && occurrences.length === 0 && (
        <Button variant="subtle" size="compact-sm" onClick={onWholeParagraph} data-testid="words-whole-paragraph">
          {t('annotations.composer.words.wholeParagraph')}
        </Button>
      )}
      {occurrences.length > 1 && (
        <Radio.Group
          label={t('annotations.composer.words.which')}
          value={String(choice)}
          onChange={(value) => typed.choose(Number(value))}
          data-testid="words-occurrences"
        >
          <Stack gap={4} mt={4}>
            {occurrences.map((occurrence, index) => (
              <Radio
                key={occurrence.start}
                value={String(index)}
                data-testid="words-occurrence"
                label={
                  <>
                    <Text span size="sm" fw={600}>
                      {t('annotations.composer.words.occurrence', {
                        n: String(index + 1),
                        total: String(occurrences.length),
                      })}
                    </Text>{' '}
                    <Text span size="sm" className="occurrence-context">
                      {occurrence.before}
                      <strong>{occurrence.found}</strong>
                      {occurrence.after}
                    </Text>
                  </>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
};
