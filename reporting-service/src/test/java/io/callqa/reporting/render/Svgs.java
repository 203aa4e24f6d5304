package io.callqa.reporting.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses chart SVG with the JDK's XML parser (so it must be well-formed) and finds elements by class. */
final class Svgs {

    private Svgs() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The elements named {@code tag} whose class list holds every one of {@code classes}. */
    static List<Element> find(Document doc, String tag, String... classes) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            List<String> has = Arrays.asList(e.getAttribute("class").split("\\s+"));
            if (has.containsAll(Arrays.asList(classes))) {
                found.add(e);
            }
        }
        return found;
    }

    /** All text of {@code <text>} elements, joined by newlines. */
    static String texts(Document doc) {
        StringBuilder out = new StringBuilder();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(nodes.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }
}
