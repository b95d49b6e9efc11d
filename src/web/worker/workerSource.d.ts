/** The worker's bundle as text (webpack.web.config.js builds it first and hands it to the page as a source asset). */
declare module 'jl-check-worker-source' {
  const source: string;
  export default source;
}
