import { SPEAKING_TIME_MINUTES, type SpeakersList } from '@concordia/contracts';
import { Button, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PRESETS = [2, 3, 5] as const;
const NONE = 'none';
const CUSTOM = 'custom';

interface SpeakingTimeControlProps {
  list: SpeakersList | null;
  busy: boolean;
  onSet: (minutes: number | null) => void;
}

/** The chair's (or the secretariat's) choice of speaking time: none, a preset, or 1–30 minutes. */
export const SpeakingTimeControl = ({ list, busy, onSet }: SpeakingTimeControlProps) => {
  const { t } = useTranslation();
  const current = list?.speakingTimeMinutes ?? null;
  const [customOpen, setCustomOpen] = useState(false);
  const [custom, setCustom] = useState<number | string>(current ?? 4);
  const isPreset = current === null || (PRESETS as readonly number[]).includes(current);
  const value = customOpen || !isPreset ? CUSTOM : current === null ? NONE : String(current);
  const customValid =
    typeof custom === 'number' &&
    Number.isInteger(custom) &&
    custom >= SPEAKING_TIME_MINUTES.min &&
    custom <= SPEAKING_TIME_MINUTES.max;

  return (
    <Stack gap={4} data-testid="speaking-time-control">
      <Text size="sm" fw={500} id="speaking-time-label">
        {t('session.speakers.speakingTime')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby="speaking-time-label"
        disabled={busy}
        value={value}
        onChange={(next) => {
          if (next === CUSTOM) {
            setCustomOpen(true);
            return;
          }
          setCustomOpen(false);
          onSet(next === NONE ? null : Number(next));
        }}
        data={[
          { value: NONE, label: t('session.speakers.noLimit') },
          ...PRESETS.map((m) => ({ value: String(m), label: t('session.speakers.minutes', { count: m }) })),
          {
            value: CUSTOM,
            label: isPreset ? t('session.speakers.custom') : t('session.speakers.minutes', { count: current ?? 0 }),
          },
        ]}
        data-testid="speaking-time-choice"
      />
      {value === CUSTOM && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            size="xs"
            w={120}
            label={t('session.speakers.customMinutes')}
            min={SPEAKING_TIME_MINUTES.min}
            max={SPEAKING_TIME_MINUTES.max}
            allowDecimal={false}
            value={custom}
            onChange={setCustom}
            error={customValid ? undefined : t('session.speakers.customInvalid')}
            data-testid="speaking-time-custom"
          />
          <Button
            size="compact-sm"
            disabled={!customValid}
            loading={busy}
            onClick={() => {
              if (typeof custom !== 'number') return;
              setCustomOpen(false);
              onSet(custom);
            }}
            data-testid="speaking-time-set"
          >
            {t('session.speakers.setCustom')}
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('session.speakers.limitHint')}
      </Text>
    </Stack>
  );
};
