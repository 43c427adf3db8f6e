/** `cldr-dates-full/main/<language>/timeZoneNames.json?exemplar-cities`: see vite-plugins/exemplar-cities.ts. */
declare module '*?exemplar-cities' {
  const table: import('./common/exemplar-cities').ExemplarCities;
  export default table;
}
