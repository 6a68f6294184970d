import { useEffect, type RefObject } from 'react';
import type { FormErrors } from './form-errors';

/**
 * After a failed submit, focus goes to the first invalid field, or else to the form's alert, so a
 * keyboard or screen-reader user lands on what to fix instead of staying on the submit button.
 */
export function useFocusOnErrors(formRef: RefObject<HTMLFormElement | null>, errors: FormErrors) {
  useEffect(() => {
    const form = formRef.current;
    if (!form || (!errors.message && !Object.keys(errors.fields).length)) return;
    form.querySelector<HTMLElement>('[aria-invalid="true"], .form-alert')?.focus();
  }, [formRef, errors]);
}
