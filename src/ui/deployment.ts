/**
 * What the organisation deploying the tool sets when it builds it (docs/using-the-builder.md, "Deploying"):
 * read once from Vite's environment, so it is fixed in the built files.
 */

/**
 * Ways to contact the deploying organisation about accessibility, from
 * VITE_ACCESSIBILITY_CONTACT: lines separated by ";" ("Email: a11y@example.nhs.uk;
 * Phone: 0300 000 0000"). Empty when none is set: the statement then says so, rather than
 * showing a made-up address.
 */
export function accessibilityContact(
  value: string | undefined = import.meta.env.VITE_ACCESSIBILITY_CONTACT,
): string[] {
  return (value ?? '')
    .split(';')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
