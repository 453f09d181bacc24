// One public source a fact of the project relies on. Code and outputs cite its id; reports
// render its title and URL so a reader can open it.
export interface Source {
  /** The page's own title. */
  title: string;
  /** Who publishes it: Microsoft Learn, Riksdagen, EUR-Lex, IMY, eSam, CISA, a vendor. */
  publisher: string;
  /** A public https address a reader can open. */
  url: string;
  /** The day the fact was read there, YYYY-MM-DD. */
  read: string;
  /** What the project takes from it, in one line. */
  says: string;
  /**
   * True when the fact was read in the source itself (the law text, Microsoft's own page);
   * false for a secondary source (a reseller's price list, a news report) or where the
   * primary page could not be read and the figure is what it is widely cited as.
   */
  primary: boolean;
}

/** An area's sources: ids (lower-case words joined by hyphens) to what they say. */
export type SourceArea = Record<string, Source>;
