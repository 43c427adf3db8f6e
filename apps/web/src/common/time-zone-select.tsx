import { foldForSearch } from '@concordia/contracts';
import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZones } from './format';
import { zoneOption, zoneOptions, type ZoneOption } from './time-zone-names';

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter' | 'searchable'> & {
  value: string;
  onChange: (zone: string) => void;
};

/** Naming ~420 zones takes a fifth of a second, so it waits until the list is first opened. */
const cache = new Map<string, ZoneOption[]>();
const allOptions = (locale: string): ZoneOption[] => {
  let options = cache.get(locale);
  if (!options) {
    options = zoneOptions(locale, timeZones());
    cache.set(locale, options);
  }
  return options;
};

/** Every word typed must appear in the option's name, offset or IANA id, accents and case aside. */
const filterFor =
  (byValue: ReadonlyMap<string, ZoneOption>): OptionsFilter =>
  ({ options, search }) => {
    const words = foldForSearch(search).split(/\s+/).filter(Boolean);
    if (words.length === 0) return options;
    return options.filter((item) => {
      const haystack = 'value' in item ? byValue.get(item.value)?.search : undefined;
      return haystack !== undefined && words.every((word) => haystack.includes(word));
    });
  };

/**
 * A time zone picker that names zones in the reader's language, west to east
 * ("(UTC+01:00) Paris – heure d’Europe centrale"); the stored value stays the IANA id.
 */
export const TimeZoneSelect = ({ value, onChange, ...props }: TimeZoneSelectProps) => {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [opened, setOpened] = useState(false);
  const options = useMemo(() => {
    const current = zoneOption(locale, value);
    if (!opened) return [current];
    const all = allOptions(locale);
    return all.some((option) => option.value === value) ? all : [current, ...all];
  }, [locale, value, opened]);
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);
  const data: ComboboxItem[] = options.map(({ value: zone, label }) => ({ value: zone, label }));
  return (
    <Select
      {...props}
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      onDropdownOpen={() => setOpened(true)}
      // Typing replaces the shown zone rather than landing in the middle of its name.
      onFocus={(event) => event.currentTarget.select()}
      searchable
      nothingFoundMessage={t('common.noTimeZone')}
      allowDeselect={false}
      filter={filterFor(byValue)}
    />
  );
};
