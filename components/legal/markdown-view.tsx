import type { ReactNode } from "react";
import type { Block, Inline } from "@/lib/legal/markdown";

// Renders the tree from lib/legal/markdown.ts as React elements: text is always escaped, never parsed as HTML.

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "code":
        return (
          <code key={i} className="rounded bg-bg px-1 font-mono text-sm">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={i}>{inlines(node.children)}</strong>;
      case "em":
        return <em key={i}>{inlines(node.children)}</em>;
      case "link":
        return (
          <a key={i} href={node.href} className="text-accent underline" rel="noopener noreferrer">
            {inlines(node.children)}
          </a>
        );
    }
  });
}

const HEADING_CLASS = ["", "text-3xl", "text-xl", "text-lg", "text-base", "text-base", "text-base"] as const;

export function MarkdownView({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.type) {
          case "heading": {
            const Tag = `h${block.level}` as const;
            return (
              <Tag key={i} className={`mt-8 font-semibold ${HEADING_CLASS[block.level]}`}>
                {inlines(block.children)}
              </Tag>
            );
          }
          case "paragraph":
            return (
              <p key={i} className="mt-3 leading-relaxed">
                {inlines(block.children)}
              </p>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List key={i} className={`mt-3 flex flex-col gap-1 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
                {block.items.map((item, j) => (
                  <li key={j}>{inlines(item)}</li>
                ))}
              </List>
            );
          }
          case "code":
            return (
              <pre key={i} className="mt-3 overflow-x-auto rounded bg-bg p-3 font-mono text-sm">
                {block.text}
              </pre>
            );
          case "rule":
            return <hr key={i} className="mt-6 border-border" />;
        }
      })}
    </>
  );
}
