/** One area of messages in Spanish, the source language: its keys are the message keys. */
export type Messages = Record<string, string>;

/** The English of an area: every Spanish key translated, no other key. */
export type English<Spanish extends Messages> = { [Key in keyof Spanish]: string };
