/**
 * Every file under /data/ — collections, per-record files, the CSV, the JSON Schemas, the
 * source texts as received, the index — each made as it is written (src/open-data/files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, type DataFile } from '../../open-data/files.ts';

export const getStaticPaths = (() =>
  [...openData(import.meta.env.SITE).values()].map((file) => ({
    params: { file: file.path.slice('/data/'.length) },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, media_type } = (props as { file: DataFile }).file;
  // A source text's media type names its charset already.
  return new Response(body(), {
    headers: { 'Content-Type': media_type.includes('charset') ? media_type : `${media_type}; charset=utf-8` },
  });
};
