import { isObject, jsonType, type JsonObject } from '../fields.ts';
import { duplicateKeyProblems, parseJsonText } from '../jsonText.ts';
import { optional } from '../optional.ts';
import { indexPath, keyPath, type Problem, type ReadResult } from '../problems.ts';
import type { Imported, ImportOptions } from '../tables/imported.ts';
import {
  cslDataset,
  derivedId,
  licenceNote,
  partyDescription,
  type CslParty,
} from './cslDataset.ts';
import { cslDate } from './cslDate.ts';
import { countryCode } from './countries.ts';

/** Reads one result record's fields, reporting wrong types at their JSON path. */
function recordReader(record: JsonObject, path: string, problems: Problem[], file: string) {
  const at = (key: string): string => keyPath(path, key);
  const text = (key: string): string => {
    const value = record[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    problems.push({ file, path: at(key), message: `expected a string, got ${jsonType(value)}` });
    return '';
  };
  const texts = (key: string): string[] => {
    const value = record[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const message = `expected an array of strings, got ${jsonType(value)}`;
      problems.push({ file, path: at(key), message });
      return [];
    }
    return value.flatMap((item: unknown, i) => {
      if (typeof item === 'string') return item.trim() === '' ? [] : [item.trim()];
      const message = `expected a string, got ${jsonType(item)}`;
      problems.push({ file, path: indexPath(at(key), i), message });
      return [];
    });
  };
  const date = (key: string): string | undefined => {
    const value = text(key);
    if (value === '') return undefined;
    const parsed = cslDate(value);
    if ('date' in parsed) return parsed.date;
    problems.push({ file, path: at(key), message: parsed.message });
    return undefined;
  };
  const required = (key: string): string => {
    const value = record[key];
    if (value === undefined || value === null) {
      problems.push({ file, path: at(key), message: 'missing required field' });
    } else if (typeof value === 'string' && value.trim() === '') {
      problems.push({ file, path: at(key), message: 'must not be empty' });
    }
    return text(key);
  };
  return { text, texts, date, required };
}

/** The first address's country: ISO-2 as the CSL gives it, or a country name we recognise. */
function firstCountry(addresses: unknown): string | undefined {
  if (!Array.isArray(addresses)) return undefined;
  const first: unknown = addresses[0];
  if (!isObject(first)) return undefined;
  const country = first['country'];
  return typeof country === 'string' ? countryCode(country) : undefined;
}

/**
 * The Consolidated Screening List's JSON (`{"results": […]}` as the API and the download give it,
 * or a bare array of result records) → a Dataset; see cslDataset for the mapping.
 */
export function readCslJson(text: string, options: ImportOptions): ReadResult<Imported> {
  const { file } = options;
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [...duplicateKeyProblems(text, file)];
  const json = parsed.value;
  const base = Array.isArray(json) ? '' : 'results';
  const records = Array.isArray(json) ? json : isObject(json) ? json['results'] : undefined;
  if (!Array.isArray(records)) {
    // An object whose "results" is missing or not a list: say so at "results", with its own type.
    const problem = isObject(json)
      ? {
          file,
          path: 'results',
          message:
            records === undefined
              ? 'missing required field: the array of CSL result records (or give that array alone)'
              : `expected an array of CSL result records, got ${jsonType(records)}`,
        }
      : {
          file,
          message: `expected an array of CSL result records or an object with "results", got ${jsonType(json)}`,
        };
    return { ok: false, problems: [problem] };
  }
  const parties: CslParty[] = [];
  const seen = new Map<string, string>();
  records.forEach((record: unknown, i) => {
    const path = indexPath(base, i);
    if (!isObject(record)) {
      problems.push({ file, path, message: `expected a result record, got ${jsonType(record)}` });
      return;
    }
    const f = recordReader(record, path, problems, file);
    const name = f.required('name');
    const list = f.required('source');
    const recordId = f.text('id');
    const id = recordId === '' ? derivedId(list, f.text('entity_number'), name) : `csl-${recordId}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const message = `duplicate record id ${JSON.stringify(recordId || id)} (first at ${first})`;
      problems.push({ file, path: keyPath(path, 'id'), message });
    }
    seen.set(id, path);
    const start = f.date('start_date');
    const end = f.date('end_date');
    const citation = f.text('federal_register_notice');
    const note = licenceNote(f.text('license_requirement'), f.text('license_policy'));
    const listUrl = f.text('source_list_url') || f.text('source_information_url');
    const vessel = f.text('vessel_type') !== '' || f.text('call_sign') !== '';
    parties.push({
      path,
      id,
      list,
      ...optional('type', f.text('type') || (vessel ? 'Vessel' : undefined)),
      name,
      aliases: f.texts('alt_names'),
      ...optional('country', firstCountry(record['addresses'])),
      ...optional('description', partyDescription(f.text('title'), f.text('remarks'))),
      listings: [
        {
          ...optional('start', start),
          ...optional('end', end),
          ...optional('citation', citation || undefined),
          ...optional('note', note),
        },
      ],
      ...optional('url', listUrl || undefined),
    });
  });
  return cslDataset(parties, options, problems);
}
