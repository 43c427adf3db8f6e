import { POSITION_VALUES, type PositionEvolution } from '@concordia/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { POSITION_FILLS } from './position-colors';

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
    <div style={{ width: '100%', height: 280 }} data-testid="evolution-chart">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {/* In the heatmap's order and in the text's colour: recharts sorts by name and colours
              each name like its bars, and "Nothing recorded" in near-white could not be read. */}
          <Legend
            itemSorter={(item) => keys.findIndex((key) => key === item.dataKey)}
            formatter={(name: string) => <span style={{ color: 'var(--mantine-color-text)' }}>{name}</span>}
          />
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
  );
};
