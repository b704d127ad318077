package org.selfeval.index;

/** The text under one matched canonical part of the report (e.g. 部门基本情况). */
public record SectionText(String canonical, String title, String text) {
}
