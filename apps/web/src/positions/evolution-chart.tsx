import { POSITION_VALUES, type PositionEvolution } from '@concordia/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { POSITION_FILLS } from './position-colors';
import { PositionLegend } from './position-legend';

/** Stacked bars, one per round: how many cells held each position. */
export const EvolutionChart = ({ evolution }: { evolution: PositionEvolution }) => {
  const { t } = useTranslation();
  if (evolution.rounds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('positions.matrix.evolutionEmpty')}
      </Text>
    );
  }
  const keys = [...POSITION_VALUES, 'none'] as const;
  const data = evolution.rounds.map((round, r) => ({ name: round.name, ...evolution.totals[r] }));
  return (
    <Stack gap="xs" data-testid="evolution-chart">
      <div style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            {keys.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={t(`positions.value.${key}`)}
                stackId="positions"
                fill={POSITION_FILLS[key]}
                // The near-white of "nothing recorded" needs an edge to be seen on the page.
                stroke={key === 'none' ? 'var(--mantine-color-gray-4)' : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <PositionLegend testId="evolution-legend" justify="center" />
    </Stack>
  );
};
