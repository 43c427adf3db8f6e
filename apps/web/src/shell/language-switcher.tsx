import { LANGUAGES, languageSchema, type Language } from '@concordia/contracts';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { useErrorMessage } from '../common/error-alert';
import { applyLanguage } from '../i18n/apply-language';
import { currentLanguage } from '../i18n/i18n';

const NATIVE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

/**
 * Switches as soon as the language's catalogue is in; when signed in, the choice is then saved to
 * the profile (not if the switch failed: the profile would ask for it again on every page).
 */
export const LanguageSwitcher = ({ testId = 'language-switcher' }: { testId?: string }) => {
  const { t, i18n } = useTranslation();
  const { state, updateProfile } = useAuth();
  const errorMessage = useErrorMessage();
  const value = languageSchema.safeParse(i18n.resolvedLanguage).data ?? currentLanguage();

  const change = async (next: Language | null) => {
    if (!next || next === value) return;
    if (!(await applyLanguage(next, { remember: true }))) return;
    if (state.status !== 'signed-in') return;
    updateProfile({ language: next }).catch((error: unknown) => {
      notifications.show({ color: 'red', title: t('language.saveFailed'), message: errorMessage(error) });
    });
  };

  return (
    <Select<Language>
      data-testid={testId}
      aria-label={t('language.label')}
      data={LANGUAGES.map((language) => ({ value: language, label: NATIVE_NAMES[language] }))}
      value={value}
      onChange={(next) => void change(next)}
      allowDeselect={false}
      w={120}
      size="xs"
      comboboxProps={{ withinPortal: true }}
    />
  );
};
