package org.tijarat.certification;

/** The images a certificate template holds. */
public enum TemplateImage { LOGO, SIGNATURE_1, SIGNATURE_2 }
