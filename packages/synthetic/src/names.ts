import type { Random } from './random.ts';

/** Made-up names: a synthetic network must never be mistaken for a claim about a real party. */
export const PROVIDER_NAMES = [
  'Nimbus Cloud',
  'Stratus Compute',
  'Cirrus Platform',
  'Altocloud',
  'Cumulo Services',
  'Thunderhead Cloud',
  'Skyforge Compute',
  'Bluevault Cloud',
  'Orbital Infrastructure',
  'Halcyon Cloud',
  'Meridian Compute',
  'Zephyr Cloud',
  'Polaris Hosting',
  'Aurora Compute',
  'Helios Cloud',
  'Tundra Cloud',
  'Monsoon Compute',
  'Cobalt Cloud',
  'Lattice Compute',
  'Nebula Grid',
] as const;

export const VENDOR_NAMES = [
  'Voltra Semiconductor',
  'Quantix Devices',
  'Arcline Systems',
  'Corvid AI',
  'Parallax Labs',
  'Ferrous Servers',
  'Halide Microsystems',
  'Sable Intelligence',
  'Tessera Compute',
  'Ionis Research',
  'Kestrel Machines',
  'Obsidian Models',
  'Vireo Silicon',
  'Lumen Foundry',
  'Castellan AI',
] as const;

export const CONTROL_LIST_NAMES = [
  'Synthetic Entity List',
  'Synthetic Unverified List',
  'Synthetic Military End-User List',
  'Synthetic Sanctions List',
  'Synthetic Denied Persons List',
  'Synthetic Watch List',
  'Synthetic Red Flag List',
  'Synthetic Screening List',
] as const;

export const PUBLISHERS = [
  'Synthetic Wire',
  'Example Gazette',
  'Federal Register (synthetic)',
  'Court Filings (synthetic)',
  'Trade Journal (synthetic)',
] as const;

// prettier-ignore
const SYLLABLES = [
  'Han', 'Zhi', 'Rui', 'Xin', 'Tian', 'Long', 'Feng', 'Hua', 'Jin', 'Bo', 'Kai', 'Lan', 'Ming',
  'Yun', 'Sheng', 'Tai', 'Nova', 'Astra', 'Kor', 'Vel', 'Tor', 'Mira', 'Sol', 'Ark', 'Zen',
  'Quan', 'Orb', 'Lum', 'Vis', 'Tek', 'Dar', 'Pol',
] as const;

const END_USER_TYPES = [
  'University',
  'Institute of Computing',
  'AI Lab',
  'Research Center',
  'Technology Co',
  'Intelligent Systems Ltd',
  'Robotics',
  'Academy of Sciences',
  'Semiconductor Co',
  'Data Services',
] as const;

const INTERMEDIARY_TYPES = [
  'Trading Ltd',
  'Technology Ltd',
  'Cloud Services',
  'Digital Co',
  'Supply Chain Ltd',
  'International Holdings',
  'Logistics',
  'Electronics Trading',
  'Computing Services',
  'Ventures',
] as const;

/** A two-syllable stem such as "Hanrui". */
export function stem(random: Random): string {
  return random.pick(SYLLABLES) + random.pick(SYLLABLES).toLowerCase();
}

export function endUserName(random: Random): string {
  return `${stem(random)} ${random.pick(END_USER_TYPES)}`;
}

export function intermediaryName(random: Random): string {
  return `${stem(random)} ${random.pick(INTERMEDIARY_TYPES)}`;
}

/** The first letters of each word: "Hanrui Trading Ltd" → "HTL". */
export function initials(name: string): string {
  return name
    .split(' ')
    .map((word) => word.charAt(0))
    .join('');
}
