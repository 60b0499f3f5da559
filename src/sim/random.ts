import ln from '@stdlib/math-base-special-ln';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { hashString } from '../model/hashString.ts';

export type RandomStream = RandomGenerator;


/**
 * One independent stream per (server, class), derived from the run's seed and the stream's name,
 * so adding a server does not change the numbers of the others (SIMULATION.md).
 */
export function createStream(seed: number, name: string): RandomStream {
  return xoroshiro128plus(hashString(name, hashString(String(seed >>> 0))) ^ (seed >>> 0));
}

/** Uniform on [0, 1), 53 bits. */
export function uniform(stream: RandomStream): number {
  return uniformFloat64(stream);
}

/**
 * An exponential variate of the given mean, through a pure-JavaScript logarithm so that every
 * engine gives the same bits (Math.log may differ in the last bit between engines).
 */
export function exponential(stream: RandomStream, mean: number): number {
  return -ln(1 - uniformFloat64(stream)) * mean;
}
