import { Center, Loader, type CenterProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A labelled spinner, centred in the space the caller gives it. */
export const CenteredLoader = (props: Omit<CenterProps, 'children'>) => {
  const { t } = useTranslation();
  return (
    <Center {...props}>
      {/* A bare span may not carry a label (screen readers skip it): as a status it is announced. */}
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
};

export const SectionLoader = () => <CenteredLoader py="xl" />;

/** While the session is restored, before any layout can be chosen. */
export const FullPageLoader = () => <CenteredLoader h="100vh" />;
