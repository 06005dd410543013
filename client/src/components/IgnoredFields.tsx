/** Says which filters the API ignored because they do not apply to the chosen resource. */
const FIELD_LABEL: Record<string, string> = {
  funderIds: 'funders',
  categories: 'service categories',
  recipientIds: 'recipients',
  usStates: 'US states',
  countries: 'countries',
  datasetIds: 'resource datasets',
  needDatasetIds: 'need datasets',
  yearFrom: 'first year',
  yearTo: 'last year',
};

export function IgnoredFields({ fields }: { fields: readonly string[] }) {
  if (!fields.length) return null;
  const names = fields.map((f) => FIELD_LABEL[f] ?? f);
  return (
    <p className="notice small" role="note">
      The {names.join(' and ')} filter{names.length > 1 ? 's do' : ' does'} not apply to this
      resource and
      {names.length > 1 ? ' were' : ' was'} ignored (funders and service categories are recorded for
      grants only).
    </p>
  );
}
