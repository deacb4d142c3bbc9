import { describe, expect, it } from 'vitest';
import { activityKey, readStored, removeStored, writeStored, type StorageLike } from '../../src/lib/activities/storage.ts';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
}
const isNumber = (d: unknown) => (typeof d === 'number' ? d : null);

describe('activity storage', () => {
  it('names keys under declic.activity.<activity>.', () => {
    expect(activityKey('fil-sans-fin', 'sessions')).toBe('declic.activity.fil-sans-fin.sessions');
  });
  it('round-trips a versioned value', () => {
    const s = new MemoryStorage();
    expect(readStored(s, 'k', 1, isNumber)).toEqual({ status: 'empty' });
    expect(writeStored(s, 'k', 1, 42)).toBe(true);
    expect(readStored(s, 'k', 1, isNumber)).toEqual({ status: 'ok', value: 42 });
    removeStored(s, 'k');
    expect(readStored(s, 'k', 1, isNumber)).toEqual({ status: 'empty' });
  });
  it('sets aside garbage, another version or invalid data under declic.corrupted., and says so', () => {
    for (const raw of ['{', JSON.stringify({ v: 2, data: 1 }), JSON.stringify({ v: 1, data: 'x' }), 'null']) {
      const s = new MemoryStorage();
      s.setItem('k', raw);
      expect(readStored(s, 'k', 1, isNumber)).toEqual({ status: 'corrupted' });
      expect(s.getItem('k')).toBeNull();
      const aside = [...s.map.keys()].filter((k) => k.startsWith('declic.corrupted.'));
      expect(aside).toHaveLength(1);
      expect(JSON.parse(s.getItem(aside[0]!)!)).toEqual({ key: 'k', raw });
    }
  });
  it('survives a storage that throws or is missing', () => {
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    expect(readStored(broken, 'k', 1, isNumber)).toEqual({ status: 'unavailable' });
    expect(writeStored(broken, 'k', 1, 1)).toBe(false);
    expect(readStored(undefined, 'k', 1, isNumber)).toEqual({ status: 'unavailable' });
    expect(() => removeStored(broken, 'k')).not.toThrow();
  });
});
