/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * How to contact the organisation that deploys this tool about accessibility (an email
   * address, a phone number, a web address), set when building. Shown on the
   * accessibility statement as text; without it, the statement says none has been added.
   */
  readonly VITE_ACCESSIBILITY_CONTACT?: string;
}
