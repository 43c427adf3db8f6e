import { LANGUAGES, type Language } from '@concordia/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LanguageSelectProps {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  error?: string;
  testId?: string;
}

/** One of the interface languages, each named in the current one; a language is always chosen. */
export const LanguageSelect = ({ label, value, onChange, error, testId }: LanguageSelectProps) => {
  const { t } = useTranslation();
  return (
    <Select<Language>
      label={label}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.names.${language}`) }))}
      value={value}
      onChange={(language) => language && onChange(language)}
      allowDeselect={false}
      error={error}
      data-testid={testId}
    />
  );
};
