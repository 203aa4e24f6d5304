package io.callqa.reporting.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that markup given to {@link HtmlPage#svg} is one well-formed {@code <svg>} element without active
 * content — no script, style sheet, link, image, {@code foreignObject} or embedded document, no event-handler
 * attribute, no {@code href} or {@code url()} other than to a fragment of itself ({@code #id}) — so that a page stays script-free even if a caller passes something
 * other than a {@link Charts} output. The markup is parsed (no DOCTYPE allowed), so escaped text such as a label
 * reading {@code onload=} is not mistaken for an attribute.
 */
final class SvgGuard {

    private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener", "animate", "set", "animatemotion", "animatetransform", "use", "style", "image", "a");
    private static final Set<String> PAINT = Set.of("fill", "stroke", "filter", "clip-path", "mask", "style",
            "marker-start", "marker-mid", "marker-end", "cursor");

    private SvgGuard() {
    }

    static String checked(String svg) {
        String trimmed = svg == null ? "" : svg.strip();
        Element root = parse(trimmed).getDocumentElement();
        if (!root.getLocalName().equals("svg")) {
            throw new IllegalArgumentException("not an <svg> element but <" + root.getLocalName() + ">");
        }
        check(root);
        return trimmed;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a well-formed <svg> element: " + e.getMessage(), e);
        }
    }

    private static void check(Element element) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (ACTIVE.contains(name)) {
            throw new IllegalArgumentException("an <svg> with active content: <" + element.getLocalName() + ">");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            String lower = attributeName.toLowerCase(Locale.ROOT);
            String value = attribute.getNodeValue().strip();
            if (lower.startsWith("on") || ((lower.equals("href") || lower.equals("src")) && !value.startsWith("#"))) {
                throw new IllegalArgumentException("an <svg> with an event handler or a link: " + attributeName);
            }
            if (PAINT.contains(lower) && value.toLowerCase(Locale.ROOT).replaceAll("url\\(\\s*['\"]?#", "")
                    .contains("url(")) {
                throw new IllegalArgumentException("an <svg> with an external url() in " + attributeName);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) {
                check((Element) children.item(i));
            }
        }
    }
}
