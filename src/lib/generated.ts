/** Where ingestion writes the collections and corpus.json that the site reads. */
export const generatedFolder = process.env.SG_OUT ?? 'content/generated';
