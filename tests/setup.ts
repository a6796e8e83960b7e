/** Run before each test file: its temporary folders go when its tests are done. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
