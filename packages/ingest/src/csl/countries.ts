/**
 * Country names as the legacy screening-list files spell them → ISO 3166-1 alpha-2. Only the
 * countries that appear often on US export-control lists; anything else is left out rather than
 * guessed.
 */
const COUNTRIES: Readonly<Record<string, string>> = {
  afghanistan: 'AF',
  armenia: 'AM',
  belarus: 'BY',
  belgium: 'BE',
  canada: 'CA',
  china: 'CN',
  "china, people's republic of": 'CN',
  "people's republic of china": 'CN',
  cyprus: 'CY',
  egypt: 'EG',
  finland: 'FI',
  france: 'FR',
  georgia: 'GE',
  germany: 'DE',
  'hong kong': 'HK',
  india: 'IN',
  indonesia: 'ID',
  iran: 'IR',
  iraq: 'IQ',
  israel: 'IL',
  italy: 'IT',
  japan: 'JP',
  kazakhstan: 'KZ',
  kyrgyzstan: 'KG',
  lebanon: 'LB',
  macau: 'MO',
  malaysia: 'MY',
  netherlands: 'NL',
  'north korea': 'KP',
  oman: 'OM',
  pakistan: 'PK',
  russia: 'RU',
  'russian federation': 'RU',
  singapore: 'SG',
  'south korea': 'KR',
  spain: 'ES',
  switzerland: 'CH',
  syria: 'SY',
  taiwan: 'TW',
  thailand: 'TH',
  turkey: 'TR',
  türkiye: 'TR',
  'united arab emirates': 'AE',
  uae: 'AE',
  'united kingdom': 'GB',
  'united states': 'US',
  uzbekistan: 'UZ',
  vietnam: 'VN',
  yemen: 'YE',
};

/** "CN", "cn", "China" or "Hong Kong" → the ISO code; undefined for anything not recognised. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return COUNTRIES[trimmed.toLowerCase()];
}
