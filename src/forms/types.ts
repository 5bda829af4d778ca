/**
 * The normalized model of a staff form: which fields of a registry a form shows, in which
 * sections and order, with what help, under which conditions, for which roles. Built by the form
 * loader from a file in `forms/`, or derived from the registry when it has no form file. Later
 * stages (the form pages, the codec between HTML form data and records) read only this and the
 * registry model.
 */
import type { Text } from '../model/types.js';

export type FormMode = 'create' | 'edit';

export interface Form {
  /** Unique within its registry; a URL part (`[a-z][a-z0-9_-]*`). */
  id: string;
  registry: string;
  title: Text;
  description?: Text;
  /** `create` makes a new record with the form; `edit` changes an existing one. */
  modes: FormMode[];
  /** Roles that use the form; empty: every role that may write one of its fields. */
  roles: string[];
  sections: FormSection[];
  /** A file in `forms/`, or derived from the registry. */
  origin: { file: string } | { derived: true };
}

export interface FormSection {
  /** Unique within the form; the HTML id of the section. */
  id: string;
  title: Text;
  help?: Text;
  items: FormItem[];
}

/** A top-level field of the registry as the form shows it. */
export interface FormItem {
  field: string;
  help?: Text;
  /** Shown only while the condition holds; a hidden field's value is discarded on the server. */
  showWhen?: Condition;
  /** For a repeating group: its member fields in the order shown (all of them by default). */
  members?: FormMember[];
}

/** A member field of a repeating group as the form shows it in each entry. */
export interface FormMember {
  field: string;
  help?: Text;
  /** A condition on another member of the same entry. */
  showWhen?: Condition;
}

/** Holds when `field` has one of `values` (a choice's option id, or true/false for a boolean). */
export interface Condition {
  field: string;
  values: Array<string | boolean>;
}
