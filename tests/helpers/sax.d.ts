/** The little of sax's API the tests use (sax ships no types). */
declare module 'sax' {
  interface QualifiedAttribute {
    name: string;
    value: string;
    prefix: string;
    local: string;
    uri: string;
  }
  interface QualifiedTag {
    name: string;
    prefix: string;
    local: string;
    uri: string;
    attributes: Record<string, QualifiedAttribute>;
  }
  interface SAXParser {
    onerror: (error: Error) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  function parser(strict: boolean, options?: { xmlns?: boolean; trim?: boolean; normalize?: boolean }): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
