// Renders question markdown. react-markdown builds React elements and never passes raw HTML
// through (no rehype-raw), so a <script> or onerror= in content is shown as text or dropped, never
// run; its URL filter drops javascript: links. Code is highlighted for the languages questions
// use, registered one by one to keep highlight.js's other grammars out of the bundle.
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import rehypeHighlight from 'rehype-highlight';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import http from 'highlight.js/lib/languages/http';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import lua from 'highlight.js/lib/languages/lua';
import protobuf from 'highlight.js/lib/languages/protobuf';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';

const highlight = {
  languages: { bash, dockerfile, go, http, ini, java, javascript, json, lua, protobuf, python, sql, typescript, yaml },
  aliases: { bash: ['sh', 'shell', 'console'], typescript: ['ts', 'tsx'], javascript: ['js', 'jsx'], protobuf: ['proto'], yaml: ['yml'] },
  plainText: ['text', 'txt', 'plaintext', 'haproxy', 'nginx'],
  detect: false,
};

export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeHighlight, highlight]]}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
