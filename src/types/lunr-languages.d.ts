// lunr-languages ships UMD plugins without types: each exports a function that extends lunr.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.fr.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
