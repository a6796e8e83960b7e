/** Every page is valid HTML for html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';
import type { BuiltPage } from './pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's scoped-style attributes and our data-* hooks are valid; these rules are about authoring style only.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'long-title': 'off',
    // A group of checkboxes sharing one name is how a form sends several values (the search filters).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

export async function checkHtml(pages: BuiltPage[]): Promise<{ checked: number; problems: string[] }> {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages)
        if (message.severity === 2) problems.push(`${page.path}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }
  }
  return { checked: pages.length, problems };
}
