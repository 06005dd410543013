/**
 * The form kit ties each control to its label, hint and error: the label's `for` is the control's
 * id, `aria-describedby` names exactly the texts that are shown, and an error marks the control
 * invalid and is an alert.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormError, FormSuccess } from '../../../client/src/components/form/FormMessage';
import { Field, SelectField, TextField } from '../../../client/src/components/form/Field';

const noop = () => undefined;

describe('form kit', () => {
  it('a bare field links label and control and describes nothing', () => {
    const html = renderToStaticMarkup(
      <TextField id="f-name" label="Name" value="Ada" onValue={noop} />,
    );
    expect(html).toBe(
      '<div class="field"><label for="f-name">Name</label>' +
        '<input type="text" id="f-name" value="Ada"/></div>',
    );
  });

  it('a hint is named by aria-describedby; the control is not invalid', () => {
    const html = renderToStaticMarkup(
      <TextField
        id="pw"
        look="form"
        type="password"
        label="Password"
        hint="At least 12 characters."
        value=""
        onValue={noop}
      />,
    );
    expect(html).toContain('<div class="form-field">');
    expect(html).toContain('type="password" id="pw" aria-describedby="pw-hint"');
    expect(html).toContain('<span id="pw-hint" class="hint">At least 12 characters.</span>');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('role="alert"');
  });

  it('an error is announced, named after the hint, and marks the control invalid', () => {
    const html = renderToStaticMarkup(
      <SelectField
        id="yr"
        label="Year"
        hint="Any year in scope."
        error="Pick a year after 2010."
        className="narrow"
        value="2012"
        onValue={noop}
        options={[
          { value: 2011, label: '2011' },
          { value: 2012, label: '2012' },
        ]}
      />,
    );
    expect(html).toContain('<div class="field narrow">');
    expect(html).toContain(
      '<select id="yr" aria-describedby="yr-hint yr-error" aria-invalid="true">',
    );
    expect(html).toContain(
      '<span id="yr-error" class="field-error" role="alert">Pick a year after 2010.</span>',
    );
    expect(html).toContain('<option value="2012" selected="">2012</option>');
  });

  it('a field without a fixed id still pairs label and control', () => {
    const html = renderToStaticMarkup(
      <Field label="Custom" error="">
        {(c) => <input {...c} />}
      </Field>,
    );
    const labelFor = /<label for="([^"]+)">/.exec(html)?.[1];
    const inputId = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(labelFor).toBeTruthy();
    expect(inputId).toBe(labelFor);
    expect(html).not.toContain('aria-describedby');
  });

  it('form messages render only when there is something to say', () => {
    expect(renderToStaticMarkup(<FormError>{null}</FormError>)).toBe('');
    expect(renderToStaticMarkup(<FormError>Wrong password.</FormError>)).toBe(
      '<p class="form-error" role="alert">Wrong password.</p>',
    );
    expect(renderToStaticMarkup(<FormError look="inline">Failed.</FormError>)).toBe(
      '<p class="inline-error" role="alert">Failed.</p>',
    );
    expect(renderToStaticMarkup(<FormSuccess>Saved.</FormSuccess>)).toBe(
      '<p class="form-success" role="status">Saved.</p>',
    );
  });
});
